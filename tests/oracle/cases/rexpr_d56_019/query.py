from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, d DOUBLE, n DECIMAL(5,3), i INT, m DECIMAL(18,6), b BOOLEAN, ts TIMESTAMP, f FLOAT, s STRING").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT b, count_if((dt != DATE'2000-01-01')) AS a1, (max(d) - min(d)) AS a2, sum(pmod(id, nullif(octet_length(s), 0))) AS a3, (max((m + f)) - min((m + f))) AS a4 FROM src GROUP BY b HAVING count(*) >= 1")
OUTPUT_MODE = "update"
