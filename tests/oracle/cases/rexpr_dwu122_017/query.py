from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT bit_get(nullif(i, 2), 3) AS k1, bitwise_not((2 * 2)) AS k2, string_agg(CAST(i AS STRING), '-') WITHIN GROUP (ORDER BY i DESC) AS a1, round(vector_sum(array(CAST(i AS FLOAT), 1.0F))[0], 3) AS a2, max(to_xml(s)) AS a3 FROM src GROUP BY bit_get(nullif(i, 2), 3), bitwise_not((2 * 2)) HAVING count(*) >= 1")
OUTPUT_MODE = "update"
