spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN b THEN ts ELSE ts END")).withColumn("c2", F.nullif(F.when(col("b"), col("m")).otherwise(col("n")), expr("0.5"))).drop("j", "d", "m", "n", "b", "ts").filter("(ts IS NOT NULL)")
OUTPUT_MODE = "append"
