spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("d", F.round((col("id") * col("d")), 0)).withColumn("c2", F.pmod(col("id"), F.nullif((lit(5) - col("i")), lit(0)))).withColumn("c3", expr("nvl2(k, ts, TIMESTAMP'2024-02-29 00:00:00')")).withColumn("c4", expr("format_string('%d%%', id)")).select("id", "c2", "c3", "c4").where(F.coalesce(((expr("-3.10") != lit(.001).cast("decimal(4,3)")) & (col("c2") < lit(-2).cast("bigint"))), lit(True)))
OUTPUT_MODE = "append"
