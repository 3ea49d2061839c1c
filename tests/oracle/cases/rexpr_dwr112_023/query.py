from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "typeof(array(CAST(unbase64(base64(CASE WHEN (k <> -2L) THEN t ELSE s END)) AS STRING), NULL)) AS c1", "coalesce(dt, i) AS c2", "from_json('{\"a\": ' || 0 || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>') AS c3", "from_json('{\"a\": ' || (i - i) || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>') AS c4").where("(c4 IS NOT NULL)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
