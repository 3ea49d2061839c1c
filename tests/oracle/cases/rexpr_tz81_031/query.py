spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, s STRING, dt DATE, i INT, ts TIMESTAMP, d DOUBLE, m DECIMAL(10,2), k BIGINT, j INT").json(INPUT)
result = df.withColumn("c1", expr("(least(id, (id * 0)) % nullif(size(split('o', '-')), 0))")).withColumn("c2", expr("date_add(to_date('2023-12-31'), i)")).withColumn("c3", expr("length(regexp_replace('abc', '^.', ''))")).withColumn("c4", expr("rpad(format_string('%d%%', size(split(nullif('abc', 'o'), '-'))), 6, '*')")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
