from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(7,0), d DOUBLE, i INT, s STRING, b BOOLEAN, dt DATE, k BIGINT, ts TIMESTAMP, t STRING").load(INPUT)
result = df.where("(b OR (s IS NOT NULL))").withColumn("c1", expr("TRY_CAST(t AS TIMESTAMP)")).withColumn("c2", expr("(pmod(id, 3) / -4)"))
OUTPUT_MODE = "append"
