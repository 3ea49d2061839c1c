from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "t", expr("dateadd(date_add(trunc((dt - INTERVAL '1-1' YEAR TO MONTH), 'yy'), i), i)").alias("c1"), expr("CASE WHEN (d < 100.0D) THEN TRY_CAST(id AS INT) WHEN (t >= ' ') THEN weekofyear(trunc(CAST(NULL AS DATE), 'yy')) WHEN (id >= 1L) THEN i ELSE i END AS c2"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
