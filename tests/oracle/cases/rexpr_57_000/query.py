from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(18,6), j INT, ts TIMESTAMP, dt DATE, i INT, s STRING, d DOUBLE, n DECIMAL(20,0), k BIGINT").json(INPUT)
result = df.selectExpr("id", "i", "try_to_timestamp(s) AS c1", "(-3.10 % nullif(m, 0)) AS c2", "string(d) AS c3").filter(col("m").isNotNull())
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
