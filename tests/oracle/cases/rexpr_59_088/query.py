from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, s STRING, t STRING, d DOUBLE, ts TIMESTAMP, n DECIMAL(5,3), i INT, m DECIMAL(12,4)").json(INPUT)
result = df.selectExpr("id", "date_add(dt, i) AS c1", "char_length(trim(array_join(split(s, '  *'), '/'))) AS c2", "try_to_date(t) AS c3").where((F.substring(lit("2024-02-29"), 2, 0).rlike("o$") | (col("id") < lit(86400).cast("bigint"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
