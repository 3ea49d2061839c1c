spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT 'abc' AS k1, max(format_string('[%5s|%-4d]', s, i)) AS a1, min(CAST(bit_length(s) AS TIMESTAMP)) AS a2, (max(pmod(i, nullif(j, 0))) - min(pmod(i, nullif(j, 0)))) AS a3 FROM src GROUP BY 'abc'")
OUTPUT_MODE = "update"
