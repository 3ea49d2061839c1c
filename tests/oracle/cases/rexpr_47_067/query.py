from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.date_trunc("MONTH", col("ts"))).withColumn("c2", expr("format_string('%s-%d', s, i)")).withColumn("c3", F.try_divide(F.nullif(F.ascii(col("s")), lit(-1)), lit(7)))
OUTPUT_MODE = "append"
