spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CAST(t AS DATE)")).withColumn("c2", expr("(n - n)")).withColumn("c3", expr("CASE WHEN (dt <> DATE'2024-02-29') THEN d END")).drop("i", "d", "m", "n", "s", "t").filter(((col("c2") != lit(12.345).cast("decimal(5,3)")) | (col("c2") < lit(1.25).cast("decimal(3,2)"))))
OUTPUT_MODE = "append"
