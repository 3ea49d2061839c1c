from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("pmod(id, nullif(1, 0))")).withColumn("c2", expr("CASE WHEN b THEN c1 WHEN startswith(s, '') THEN c1 WHEN nvl2(CASE WHEN (i <= 3) THEN i WHEN b THEN i ELSE i END, b, true) THEN id END")).withColumn("c3", expr("(m / 10.5)")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c3, c1 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
