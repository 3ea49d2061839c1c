spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("b") | (col("id") > lit(3).cast("bigint"))) | col("j").isNotNull())).groupBy("dt").agg(F.datediff(F.max((expr("sequence(DATE'2023-12-31', date_add(DATE'2023-12-31', 3), INTERVAL 1 DAY)[1]") - expr("INTERVAL 2 YEARS"))), F.min((expr("sequence(DATE'2023-12-31', date_add(DATE'2023-12-31', 3), INTERVAL 1 DAY)[1]") - expr("INTERVAL 2 YEARS")))).alias("a1"), expr("sort_array(collect_list((5 + i))) AS a2"), expr("round(avg(nullif(i, 3)), 2) AS a3"))
OUTPUT_MODE = "complete"
