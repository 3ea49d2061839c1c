from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(- j)")).withColumn("c2", F.crc32(col("s"))).withColumn("c3", expr("TRY_CAST(s AS TIMESTAMP)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
