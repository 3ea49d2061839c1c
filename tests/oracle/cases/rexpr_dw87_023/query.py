from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT right(t, 2) AS k1, i, (max(i) - min(i)) AS a1, count_if((id <> d)) AS a2, (max(tanh(coalesce(m, -3.10))) - min(tanh(coalesce(m, -3.10)))) AS a3, (max(sqrt(('-1' * CAST(i AS DOUBLE)))) - min(sqrt(('-1' * CAST(i AS DOUBLE))))) AS a4 FROM src GROUP BY right(t, 2), i")
OUTPUT_MODE = "update"
