spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, s STRING, t STRING, n DECIMAL(5,3), m DECIMAL(38,10), f FLOAT, i INT, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.isnan(col("f")), expr("CASE nvl2(n, i, -4) WHEN 5 THEN m ELSE ((m * i) - 0.5) END").alias("c2"), F.ltrim(F.try_element_at(F.split(F.replace(col("s"), lit("a"), lit("")), "  *"), lit(2))).between(lit("a"), lit("42")).alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 ASC NULLS LAST, id DESC"]
