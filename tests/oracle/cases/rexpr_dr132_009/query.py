from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(b IS NOT TRUE)").selectExpr("id", "CASE WHEN b THEN CAST(NULL AS BIGINT) WHEN b THEN id WHEN b THEN id END AS c1", "map_contains_key(map(i, 'a', 3, 'b'), 3) AS c2", "date_trunc('yyyy', CASE WHEN ((i = 10) <=> b) THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN b THEN TIMESTAMP'1999-12-31 23:59:59.999' WHEN xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7') THEN CASE WHEN (dt IS NOT NULL) THEN ts END ELSE ts END) AS c3")
OUTPUT_MODE = "append"
