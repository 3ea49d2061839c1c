from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, m DECIMAL(38,10), dt DATE, n DECIMAL(20,0), i INT, s STRING, f FLOAT, ts TIMESTAMP, b BOOLEAN").load(INPUT)
result = df.select("id", expr("(i - i) AS c1"), expr("CAST(dt AS TIMESTAMP) AS c2"), F.try_to_timestamp(col("s")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY id"]
