from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, d DOUBLE, t STRING, ts TIMESTAMP, s STRING, n DECIMAL(20,0), i INT, dt DATE, m DECIMAL(7,0)").load(INPUT)
result = df.withColumn("c1", expr("pmod(m, nullif(CAST(NULL AS DECIMAL(10,2)), 0))")).withColumn("c2", F.ceil(F.nullif(F.nullif(col("n"), lit(.001).cast("decimal(4,3)")), expr("0.001")))).withColumn("c3", F.element_at(F.split(col("s"), " "), 3))
OUTPUT_MODE = "append"
