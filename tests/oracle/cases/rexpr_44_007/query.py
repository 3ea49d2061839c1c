from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, i INT, f FLOAT, t STRING, s STRING, k BIGINT, j INT, n DECIMAL(5,3), d DOUBLE, m DECIMAL(38,10), ts TIMESTAMP").json(INPUT)
df.where((~F.coalesce(F.nvl(col("t").rlike("o$"), lit(None).cast("boolean")), lit(False)))).createOrReplaceTempView("src")
result = spark.sql("SELECT CAST(NULL AS INT) AS k1, count_if(isnan(f)) AS a1, count_if((n <> k)) AS a2, min(nvl2(-2L, s, ' ')) AS a3, count_if((k IS NOT NULL)) AS a4 FROM src GROUP BY CAST(NULL AS INT)")
OUTPUT_MODE = "update"
