from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, s STRING, m DECIMAL(38,10), k BIGINT, n DECIMAL(20,0), d DOUBLE, t STRING, b BOOLEAN, i INT, dt DATE").load(INPUT)
result = df.select("id", expr("coalesce(((dt < ts) AND (dt IS NULL)), false) AS c1"), F.regexp_substr(F.rpad(col("t"), 0, "ab"), lit("[A-Z][a-z]*")).alias("c2"), col("d").isin(lit(0.001), lit(0.1), lit(-1.5)), expr("(n - 1.25)").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c4, c2 FROM rexpr_q ORDER BY id DESC"]
