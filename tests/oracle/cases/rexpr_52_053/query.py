from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(concat_ws('', t, s) <= CAST(d AS STRING)) AS c1", "(d BETWEEN 2.0D AND 2.0D) AS c2", "(m / 2.5) AS c3", "length(t) AS c4", "date_trunc('yyyy', (CAST(ascii(s) AS TIMESTAMP) - INTERVAL '90' MINUTE)) AS c5").where((col("c3") >= lit(1.25).cast("decimal(3,2)")))
OUTPUT_MODE = "append"
