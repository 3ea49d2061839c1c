from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (F.greatest(col("m"), col("m"), expr("0.5")) / expr("10.5")).alias("c1"), expr("string(least(j, i, j)) AS c2"), expr("to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd') AS c3")).where("((0.1D > 0.5) OR (c1 IS NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2 FROM rexpr_q ORDER BY c3 DESC NULLS LAST, id DESC"]
