spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.add_months(col("dt"), F.year(col("ts")))).withColumn("c2", F.rpad(F.substr(col("t"), lit(-3), lit(0)), 6, "*")).withColumn("b", expr("(ts = TIMESTAMP'2024-02-29 00:00:00')")).withColumn("c4", (F.pmod(lit(-2).cast("bigint"), lit(-4)) - lit(3).cast("bigint"))).withColumn("c5", expr("CASE WHEN b THEN c1 WHEN b THEN dt ELSE to_date('2023-12-31') END")).drop("i", "j", "d", "s", "t", "ts").filter("(d IS NOT NULL)")
OUTPUT_MODE = "append"
