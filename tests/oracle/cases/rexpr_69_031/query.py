from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT j, count_if((s <> 'o')) AS a1, sum(coalesce(id, 1000L)) AS a2, (max((m / 2.5)) - min((m / 2.5))) AS a3, sum(CASE WHEN (m <= 0L) THEN i ELSE 0 END) AS a4 FROM src GROUP BY 1 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
