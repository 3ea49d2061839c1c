from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where((~F.coalesce(col("b"), lit(False)))).createOrReplaceTempView("src")
result = spark.sql("SELECT t, min(trunc(to_date('2000-01-01'), 'Q')) AS a1, count_if(CAST((3 * abs(10)) AS BOOLEAN)) AS a2, count_if(((isnull(ts) > (s < 'Hello')) IS NOT NULL)) AS a3 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
