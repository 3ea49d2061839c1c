spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", "i", expr("nullif(CASE WHEN (i >= 3) THEN i ELSE i END, 0)").alias("c1"), F.last_day(F.make_date(F.year(col("dt")), lit(2), lit(1))).alias("c2"), expr("(id DIV 3) AS c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 DESC NULLS FIRST, id"]
