from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.where(((col("s") <= lit("abc")) | col("m").isNotNull())).createOrReplaceTempView("src")
result = spark.sql("SELECT dt, count_if(((ts <= TIMESTAMP'1999-12-31 23:59:59.999') OR (t IS NOT NULL))) AS a1, (max(try_add(d, d)) - min(try_add(d, d))) AS a2, datediff(max(to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy')), min(to_date(date_format(dt, 'dd/MM/yyyy'), 'dd/MM/yyyy'))) AS a3 FROM src GROUP BY 1 HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
