from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "j", expr("coalesce(trunc(date_sub(nullif(dt, to_date('2025-03-01')), instr(t, 'o')), 'MM'), DATE'2025-03-01') AS c1"), expr("CASE WHEN (j >= 5) THEN -1 END").alias("c2"), F.weekofyear(F.nullif(F.add_months(col("dt"), col("i")), F.to_date(lit("2023-12-31")))).alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c3 DESC NULLS LAST, id DESC"]
