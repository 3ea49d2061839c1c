from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, j INT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), t STRING, s STRING, dt DATE").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT ((id - d) - (1.25 / 7.5)) AS k1, datediff(max(add_months(CAST(NULL AS DATE), i)), min(add_months(CAST(NULL AS DATE), i))) AS a1, round(avg(i), 2) AS a2, round(avg(abs(instr(date_format(ts, 'EEEE'), 'a'))), 3) AS a3 FROM src GROUP BY ((id - d) - (1.25 / 7.5)) HAVING count(*) >= 1")
OUTPUT_MODE = "update"
