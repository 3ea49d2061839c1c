spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(NOT coalesce(CASE WHEN ((f <= 3.75D) OR (d > 2.0D)) THEN (t != trim('é')) WHEN (dt IS NOT NULL) THEN (1 BETWEEN 2 AND 10) END, false))").selectExpr("id", "isnan(f) AS c1", "(s ILIKE 'a%') AS c2", "trunc(dateadd(CAST(ts AS DATE), i), 'YEAR') AS c3", "make_date(2024, 12, 1) AS c4").filter((F.when((col("m") >= expr("0.5")), col("m")).when((col("i") > lit(10)), col("m")).when(col("ts").isNotNull(), col("m")).between(expr("1.25"), expr("-3.10")) | (col("m") < expr("0.5"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2, c1 FROM rexpr_q ORDER BY c4 ASC NULLS FIRST, id"]
