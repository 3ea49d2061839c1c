from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, f FLOAT, ts TIMESTAMP, d DOUBLE, i INT, dt DATE, b BOOLEAN, t STRING, m DECIMAL(7,0), j INT, s STRING, k BIGINT, n DECIMAL(5,3)").load(INPUT)
result = df.selectExpr("id", "CASE WHEN b THEN (s = 'a') WHEN (dt >= to_date('2000-01-01')) THEN b ELSE (d <> 2.0D) END", "(weekday(dt) + char_length(s)) AS c2").where("(id = 1000L)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id"]
