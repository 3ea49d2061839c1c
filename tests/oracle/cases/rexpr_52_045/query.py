from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT abs(-1) AS k1, min(TRY_CAST('x-y' AS DATE)) AS a1, count_if((TRY_CAST(s AS BIGINT) <= i)) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
