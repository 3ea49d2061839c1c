spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter((col("d") > lit(0.001))).createOrReplaceTempView("src")
result = spark.sql("SELECT nullif(dt, DATE'2024-02-29') AS k1, (max((i % 3)) - min((i % 3))) AS a1, datediff(max(make_date(2024, 12, 1)), min(make_date(2024, 12, 1))) AS a2 FROM src GROUP BY nullif(dt, DATE'2024-02-29') HAVING count(*) >= 1")
OUTPUT_MODE = "update"
