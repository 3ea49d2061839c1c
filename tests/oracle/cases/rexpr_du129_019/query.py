from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "dt", expr("array_repeat(CASE WHEN (i >= 0) THEN i WHEN b THEN i WHEN (t > 'o') THEN i ELSE i END, -1) AS c1"), expr("from_xml(s, 'a INT', map('mode', 'DROPMALFORMED'))").alias("c2"), expr("atanh((id / -4) / 2000)").alias("c3"), F.nullifzero(col("m")).alias("c4"), ((col("i") >= lit(0)) & lit(True)).alias("c5"), expr("element_at(array_sort(array(date_from_unix_date(i), if(b, CAST(NULL AS DATE), dt), DATE'2024-02-29')), 1)").alias("c6"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c3 FROM rexpr_q ORDER BY id"]
