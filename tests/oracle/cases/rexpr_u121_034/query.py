from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, j INT, ts TIMESTAMP, s STRING, t STRING, d DOUBLE, f FLOAT, m DECIMAL(18,6), i INT").load(INPUT)
result = df.filter("coalesce((id <= 1L), true)").selectExpr("id", "vector_normalize(array(3.0F, CAST(datediff((ts + INTERVAL 1 DAY), sequence(CASE WHEN (s >= 'a') THEN DATE'2025-03-01' WHEN (t > '日本') THEN dt ELSE dt END, date_add(CASE WHEN (s >= 'a') THEN DATE'2025-03-01' WHEN (t > '日本') THEN dt ELSE dt END, 3), INTERVAL 1 DAY)[1]) AS FLOAT)), 2.0F) AS c1", "(- smallint(integer(f % 1000))) AS c2", "make_date(2024, 12, 28) AS c3", "negative((m * i)) AS c4", "from_xml('<ROW><n><m>' || printf('%5.2f|%-6s|', signum(m), to_char(encode(s, 'utf-8'), 'base64')) || '</m></n></ROW>', 'n STRUCT<m: STRING>') AS c5").where((col("c4") > expr("100BD")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id"]
