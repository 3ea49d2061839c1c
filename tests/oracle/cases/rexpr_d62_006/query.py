from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, n DECIMAL(5,3), dt DATE, m DECIMAL(12,4), ts TIMESTAMP, i INT, d DOUBLE").load(INPUT)
result = df.withColumn("dt", F.when((col("s") < lit("42")), F.to_date(lit("2025-03-01")))).withColumn("d", F.sign(col("d")))
OUTPUT_MODE = "append"
