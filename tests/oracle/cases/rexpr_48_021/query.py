from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.trim(col("s"))).withColumn("c2", F.size(F.split(col("id").cast("string"), " "))).withColumn("c3", F.length(F.upper(lit("42"))))
OUTPUT_MODE = "append"
