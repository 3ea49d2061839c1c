from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(10,2), ts TIMESTAMP, i INT, b BOOLEAN, s STRING, t STRING, d DOUBLE, dt DATE").load(INPUT)
result = df.selectExpr("id", "CAST(i AS STRING) AS c1", "date_add(if((concat(t, t, t) IS NULL), (dt + INTERVAL -10 DAYS), dt), i) AS c2", "greatest(TRY_CAST(CAST('NaN' AS DOUBLE) AS DECIMAL(20,0)), m) AS c3", "ceiling(CASE WHEN abs(round(3.75D, 3)) < 1e9D THEN round(3.75D, 3) END) AS c4").filter("coalesce((nullif(dt, DATE'2000-01-01') < add_months(dt, i)), true)")
OUTPUT_MODE = "append"
