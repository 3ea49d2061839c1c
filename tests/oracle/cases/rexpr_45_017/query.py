from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(i IS NOT NULL) AS c1", "(if(b, least(id, 86400L), id) + nullif(id, 0L)) AS c2").where("((TIMESTAMP'1999-12-31 23:59:59.999' != DATE'2025-03-01') OR (c2 = 1000L))")
OUTPUT_MODE = "append"
