spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("(i - try_add(i, i)) AS c1", "extract(YEAR FROM CASE WHEN b THEN dt WHEN b THEN dt ELSE DATE'2023-12-31' END) AS c2", "CAST(CASE WHEN (d <> m) THEN (m != id) WHEN (m BETWEEN 0.5 AND 100BD) THEN (dt IS NULL) ELSE coalesce(b, b, true) END AS DECIMAL(10,4)) AS c3", "TRY_CAST(s AS INT) AS c4", "(t > CAST((10 - i) AS STRING)) AS c5").where("((c3 IS NOT NULL) OR (c3 <> 0.001))")
OUTPUT_MODE = "append"
