spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, t STRING, d DOUBLE, n DECIMAL(5,3), s STRING, m DECIMAL(10,2), ts TIMESTAMP, i INT").load(INPUT)
result = df.selectExpr("id", "lpad(coalesce(s, t, '2024-02-29'), 0, '*') AS c1", "octet_length(t) AS c2", "CAST((dt > to_date('2000-01-01')) AS INT)").filter((F.length(col("s")).between(lit(-1), lit(2)) | col("i").isNotNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id DESC"]
