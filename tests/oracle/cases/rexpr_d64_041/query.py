from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, dt DATE, ts TIMESTAMP, n DECIMAL(4,1), j INT, i INT, d DOUBLE, m DECIMAL(7,0), b BOOLEAN").json(INPUT)
result = df.filter(F.coalesce(F.floor(col("m"), 1).isNotNull(), lit(True))).selectExpr("id", "coalesce(d, ((i * 1) / nullif((d * id), 0)), 0.5D) AS c1", "least(m, 12.345) AS c2")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id DESC"]
