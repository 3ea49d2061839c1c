spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT format_number(m, 3) AS k1, j, count_if((b >= contains(CAST(f AS STRING), ''))) AS a1, median(i) AS a2, (max(shiftright(char_length(s), 2)) - min(shiftright(char_length(s), 2))) AS a3, avg(n) AS a4 FROM src GROUP BY format_number(m, 3), j")
OUTPUT_MODE = "update"
