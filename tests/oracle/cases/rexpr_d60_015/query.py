from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("(CASE WHEN b THEN i WHEN (NOT b) THEN i WHEN (dt >= to_date('2025-03-01')) THEN i ELSE i END / 2.0D) AS c1", "CASE WHEN b THEN dt WHEN b THEN dt ELSE to_date('2025-03-01') END AS c2", "greatest(CAST(dt AS TIMESTAMP), TIMESTAMP'2024-02-29 00:00:00') AS c3").filter("(c3 <> TIMESTAMP'1999-12-31 23:59:59.999')")
OUTPUT_MODE = "append"
