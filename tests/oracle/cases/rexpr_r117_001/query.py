from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, b BOOLEAN, s STRING, i INT, ts TIMESTAMP, dt DATE, m DECIMAL(18,6)").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, count_if((date_format(ts, 'EEE') LIKE '%o%')) AS a1, datediff(max(TRY_CAST(s AS DATE)), min(TRY_CAST(s AS DATE))) AS a2, round(covar_samp(d, hour(ts)), 4) AS a3, count_if((b OR (rint(d) BETWEEN 0.1D AND 0.1D))) AS a4 FROM src GROUP BY dt")
OUTPUT_MODE = "update"
