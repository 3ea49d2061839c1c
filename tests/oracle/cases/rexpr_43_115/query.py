from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT quarter(dt) AS k1, (max(i) - min(i)) AS a1, (max(abs(((m / nullif(m, 0)) * 1.25))) - min(abs(((m / nullif(m, 0)) * 1.25)))) AS a2, sum(CASE WHEN (t RLIKE '[0-9]+') THEN nvl(i, 0) ELSE 0 END) AS a3, count_if((d BETWEEN 3.75D AND 0.001D)) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
