from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("md5(lpad(s, 0, 'ab')) AS c1", "CASE WHEN b THEN dt WHEN b THEN CASE i WHEN 3 THEN to_date('2000-01-01') ELSE dt END WHEN (concat(s, s) > ltrim(t)) THEN CAST(NULL AS DATE) ELSE nvl2('日本', to_date('2023-12-31'), to_date('2025-03-01')) END AS c2")
OUTPUT_MODE = "append"
