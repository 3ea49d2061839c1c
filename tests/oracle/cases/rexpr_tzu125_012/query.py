spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(b OR (s IS NOT NULL))").select("id", expr("from_xml('<ROW><v>' || d || '</v></ROW>', 'v DOUBLE').v").alias("c1"), expr("CASE WHEN b THEN i WHEN (i < 3) THEN (- i) ELSE i END AS c2"), expr("date_add(CASE WHEN b THEN dt WHEN b THEN to_date('2000-01-01') ELSE dt END, i) AS c3"), expr("inline_outer(filter(array(struct(i AS p, d AS q)), e -> e.p > 0))"), F.format_number(F.coalesce(expr("power(0.0D, i % 3 - 1)"), lit(3.75)), 3).alias("c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c5 FROM rexpr_q ORDER BY c5 ASC NULLS FIRST, id DESC"]
