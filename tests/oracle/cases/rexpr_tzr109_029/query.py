spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (id >= 1L) THEN 3 WHEN b THEN i ELSE i END")).withColumn("c2", F.array(F.size(F.array_remove(F.array(col("i"), F.position(lit('o'), col("t")), lit(1), col("i")), col("i"))), lit(None))).select("id", "c1", "c2").where("coalesce((n <> -3.10), true)")
OUTPUT_MODE = "append"
