from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT t, count_if(ifnull((dt >= to_date('2024-02-29')), true)) AS a1, round(avg(log10(f)), 3) AS a2, count_if((t < '')) AS a3, avg(((n + n) % nullif((m * m), 0))) AS a4 FROM src GROUP BY t")
OUTPUT_MODE = "update"
