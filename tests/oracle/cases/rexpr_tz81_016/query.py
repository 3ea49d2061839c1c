spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "if(b, ts, date_trunc('MINUTE', ts)) AS c1", "(i <> CAST(k AS DOUBLE)) AS c2").filter("(m IS NOT NULL)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id DESC"]
